import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PaymentAssignmentsService } from './payment-assignments.service';
import { PaymentRegistersService } from './payment-registers.service';
import { PaymentsController } from './payments.controller';
import { ServiceParametersService } from './service-parameters.service';

@Module({
  imports: [CasesModule],
  controllers: [PaymentsController],
  providers: [PaymentAssignmentsService, PaymentRegistersService, ServiceParametersService],
  exports: [PaymentRegistersService, ServiceParametersService],
})
export class PaymentsModule {}
